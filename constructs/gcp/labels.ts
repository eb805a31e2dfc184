/** How model values appear on Google Cloud resources. */
import type { Severity } from "../../engine/definitions/types";

/** Cloud Monitoring's own incident severity for each of ours. */
export const GCP_SEVERITY: Record<Severity, "CRITICAL" | "ERROR" | "WARNING"> = {
  P0: "CRITICAL",
  P1: "ERROR",
  P2: "WARNING",
  P3: "WARNING",
};

/** Label values allow only lowercase letters, digits, underscores and dashes. */
export const GCP_LABEL_VALUE = /^[a-z0-9_-]{1,63}$/;

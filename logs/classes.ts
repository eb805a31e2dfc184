import { logClass } from "../engine/definitions";

/**
 * Retention per class of log (the bundled NOUS example): each class gets a bucket with its retention
 * and a sink that routes matching entries there.
 */
export const logClasses = [
  logClass({
    id: "application",
    description: "Application and agent execution logs",
    retentionDays: 30,
    filter: 'severity>=INFO AND NOT jsonPayload.category=("security" OR "finance")',
    checkovSkips: {
      CKV_AWS_338: "the NOUS example keeps application logs 30 days; audit and security logs, which need a year, have their own classes",
    },
  }),
  logClass({
    id: "audit",
    description: "Financial transactions and Cloud Audit Logs",
    retentionDays: 365,
    filter: 'jsonPayload.category="finance" OR logName:"cloudaudit.googleapis.com"',
    // Kept a year for audits: a shorter retention must be acknowledged in review.
    protected: true,
  }),
  logClass({
    id: "security",
    description: "Security events such as failed logins",
    retentionDays: 365,
    filter: 'jsonPayload.category="security"',
    protected: true,
  }),
  logClass({
    id: "debug",
    description: "Debug output, kept briefly",
    retentionDays: 7,
    filter: "severity=DEBUG",
    checkovSkips: { CKV_AWS_338: "debug output is kept a week on purpose: it is verbose and holds nothing audit needs" },
  }),
];

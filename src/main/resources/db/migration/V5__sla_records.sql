-- Time limits (SLA) of the after-sales steps: one row per user task, opened when the task is created
-- and closed when it is completed or cancelled (aftersales.sla.SlaRecord). Runs on H2 and MariaDB;
-- ${timestamp} is TIMESTAMP(6) on H2 and DATETIME(6) on MariaDB, instants are stored as UTC.

CREATE SEQUENCE sla_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sla_record (
  id                   BIGINT       NOT NULL,
  case_no              VARCHAR(20)  NOT NULL,
  process_instance_id  VARCHAR(64)  NOT NULL,
  task_id              VARCHAR(64)  NOT NULL,
  -- the BPMN task id, e.g. acceptRequest
  step                 VARCHAR(64)  NOT NULL,
  -- WORKING_HOURS:4, MINUTES:45, APPOINTMENT; NULL when the step had no limit
  limit_rule           VARCHAR(40),
  warn_percent         INT,
  started_at           ${timestamp} NOT NULL,
  warn_at              ${timestamp},
  due_at               ${timestamp},
  provisional          BOOLEAN      NOT NULL,
  warned               BOOLEAN      NOT NULL,
  warned_at            ${timestamp},
  breached             BOOLEAN      NOT NULL,
  overdue_at           ${timestamp},
  breached_by_seconds  BIGINT,
  completed_at         ${timestamp},
  cancelled_at         ${timestamp},
  version              BIGINT       NOT NULL,
  CONSTRAINT pk_sla_record PRIMARY KEY (id),
  CONSTRAINT uk_sla_record_task UNIQUE (task_id)
);
CREATE INDEX ix_sla_record_case ON sla_record (case_no);
CREATE INDEX ix_sla_record_process ON sla_record (process_instance_id);

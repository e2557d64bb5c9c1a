-- Complaint handling (投诉处理): the complaint with its grade, escalation level and both limits, the
-- contact log, investigation notes and input asked of other teams, reply drafts with their approval,
-- voltage measurements of supply-quality complaints, escalation records and a timeline.
-- Runs on H2 and MariaDB; ${timestamp} is TIMESTAMP(6) on H2 and DATETIME(6) on MariaDB (UTC).

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint (
  id                   BIGINT        NOT NULL,
  complaint_no         VARCHAR(20)   NOT NULL,
  customer_id          BIGINT        NOT NULL,
  complaint_class      VARCHAR(30)   NOT NULL,
  channel              VARCHAR(20)   NOT NULL,
  referral             VARCHAR(20)   NOT NULL,
  description          VARCHAR(2000) NOT NULL,
  service_case_id      BIGINT,
  -- the earlier complaint of the same customer in the same class (within the repeat window)
  earlier_complaint_id BIGINT,
  grade                VARCHAR(20),
  escalation_level     INT           NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  reopen_count         INT           NOT NULL,
  accepted_at          ${timestamp}  NOT NULL,
  contact_due          ${timestamp},
  reply_counts_from    ${timestamp},
  reply_due            ${timestamp},
  due_provisional      BOOLEAN       NOT NULL,
  contacted_at         ${timestamp},
  replied_at           ${timestamp},
  closed_at            ${timestamp},
  satisfied            BOOLEAN,
  process_instance_id  VARCHAR(64),
  created_by           VARCHAR(64)   NOT NULL,
  version              BIGINT        NOT NULL,
  CONSTRAINT pk_complaint PRIMARY KEY (id),
  CONSTRAINT uk_complaint_no UNIQUE (complaint_no),
  CONSTRAINT fk_complaint_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_complaint_case FOREIGN KEY (service_case_id) REFERENCES service_case (id),
  CONSTRAINT fk_complaint_earlier FOREIGN KEY (earlier_complaint_id) REFERENCES complaint (id)
);
-- repeat detection: the same customer's complaints of a class, newest first
CREATE INDEX ix_complaint_customer_class ON complaint (customer_id, complaint_class, accepted_at);
CREATE INDEX ix_complaint_process ON complaint (process_instance_id);

CREATE SEQUENCE complaint_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint_event (
  id            BIGINT        NOT NULL,
  complaint_id  BIGINT        NOT NULL,
  occurred_at   ${timestamp}  NOT NULL,
  actor         VARCHAR(64)   NOT NULL,
  event_type    VARCHAR(40)   NOT NULL,
  step          VARCHAR(60),
  detail        VARCHAR(2000),
  CONSTRAINT pk_complaint_event PRIMARY KEY (id),
  CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_id, occurred_at);

CREATE SEQUENCE complaint_contact_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint_contact (
  id            BIGINT        NOT NULL,
  complaint_id  BIGINT        NOT NULL,
  contacted_at  ${timestamp}  NOT NULL,
  handler_id    VARCHAR(64)   NOT NULL,
  method        VARCHAR(20)   NOT NULL,
  reached       BOOLEAN       NOT NULL,
  summary       VARCHAR(2000) NOT NULL,
  CONSTRAINT pk_complaint_contact PRIMARY KEY (id),
  CONSTRAINT fk_complaint_contact_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE SEQUENCE complaint_note_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint_note (
  id            BIGINT        NOT NULL,
  complaint_id  BIGINT        NOT NULL,
  -- INVESTIGATION, INPUT_REQUESTED (asked of another team), INPUT (the team's answer)
  kind          VARCHAR(20)   NOT NULL,
  author_id     VARCHAR(64)   NOT NULL,
  team_role     VARCHAR(30),
  written_at    ${timestamp}  NOT NULL,
  text          VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_complaint_note PRIMARY KEY (id),
  CONSTRAINT fk_complaint_note_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE SEQUENCE reply_draft_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reply_draft (
  id               BIGINT        NOT NULL,
  complaint_id     BIGINT        NOT NULL,
  text             VARCHAR(4000) NOT NULL,
  drafted_by       VARCHAR(64)   NOT NULL,
  drafted_at       ${timestamp}  NOT NULL,
  -- the role that must approve it; NULL when the grade needs no approval
  approver_role    VARCHAR(30),
  -- APPROVED or RETURNED; NULL while waiting or when no approval is needed
  decision         VARCHAR(20),
  decided_by       VARCHAR(64),
  decided_at       ${timestamp},
  decision_reason  VARCHAR(2000),
  sent_at          ${timestamp},
  version          BIGINT        NOT NULL,
  CONSTRAINT pk_reply_draft PRIMARY KEY (id),
  CONSTRAINT fk_reply_draft_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_reply_draft_complaint ON reply_draft (complaint_id, drafted_at);

CREATE SEQUENCE voltage_measurement_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE voltage_measurement (
  id                   BIGINT         NOT NULL,
  complaint_id         BIGINT         NOT NULL,
  supply               VARCHAR(40)    NOT NULL,
  nominal_volts        DECIMAL(12, 3) NOT NULL,
  max_volts            DECIMAL(12, 3) NOT NULL,
  min_volts            DECIMAL(12, 3) NOT NULL,
  compliant            BOOLEAN        NOT NULL,
  upper_deviation_pct  DECIMAL(9, 3)  NOT NULL,
  lower_deviation_pct  DECIMAL(9, 3)  NOT NULL,
  exceeded_by_pct      DECIMAL(9, 3)  NOT NULL,
  rule_applied         VARCHAR(60)    NOT NULL,
  measured_by          VARCHAR(64)    NOT NULL,
  measured_at          ${timestamp}   NOT NULL,
  CONSTRAINT pk_voltage_measurement PRIMARY KEY (id),
  CONSTRAINT fk_voltage_measurement_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE SEQUENCE escalation_record_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE escalation_record (
  id               BIGINT        NOT NULL,
  complaint_id     BIGINT        NOT NULL,
  level            INT           NOT NULL,
  -- GRADE, CONTACT_BREACH, REPLY_BREACH, REOPENED
  cause            VARCHAR(30)   NOT NULL,
  escalated_at     ${timestamp}  NOT NULL,
  due_at           ${timestamp},
  notified_role    VARCHAR(30),
  acknowledged_by  VARCHAR(64),
  acknowledged_at  ${timestamp},
  CONSTRAINT pk_escalation_record PRIMARY KEY (id),
  CONSTRAINT fk_escalation_record_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_escalation_record_complaint ON escalation_record (complaint_id, escalated_at);

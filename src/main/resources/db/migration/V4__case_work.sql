-- What happens on a service case: appointments, work records with the parts used, the feedback call,
-- and a timeline entry for every step a person took.

CREATE SEQUENCE case_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_event (
  id           BIGINT        NOT NULL,
  case_id      BIGINT        NOT NULL,
  occurred_at  ${timestamp}  NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  event_type   VARCHAR(40)   NOT NULL,
  step         VARCHAR(60),
  detail       VARCHAR(2000),
  CONSTRAINT pk_case_event PRIMARY KEY (id),
  CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_id, occurred_at);

CREATE SEQUENCE appointment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appointment (
  id             BIGINT        NOT NULL,
  case_id        BIGINT        NOT NULL,
  technician_id  VARCHAR(64)   NOT NULL,
  starts_at      ${timestamp}  NOT NULL,
  ends_at        ${timestamp}  NOT NULL,
  note           VARCHAR(1000),
  scheduled_by   VARCHAR(64)   NOT NULL,
  scheduled_at   ${timestamp}  NOT NULL,
  CONSTRAINT pk_appointment PRIMARY KEY (id),
  CONSTRAINT fk_appointment_case FOREIGN KEY (case_id) REFERENCES service_case (id),
  CONSTRAINT fk_appointment_technician FOREIGN KEY (technician_id) REFERENCES staff_member (user_id)
);

CREATE SEQUENCE work_record_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE work_record (
  id             BIGINT         NOT NULL,
  case_id        BIGINT         NOT NULL,
  technician_id  VARCHAR(64)    NOT NULL,
  completed      BOOLEAN        NOT NULL,
  work_done      VARCHAR(2000),
  cause          VARCHAR(1000),
  not_finished_reason VARCHAR(30),
  note           VARCHAR(1000),
  charge         DECIMAL(12, 2),
  recorded_at    ${timestamp}   NOT NULL,
  CONSTRAINT pk_work_record PRIMARY KEY (id),
  CONSTRAINT fk_work_record_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);

CREATE SEQUENCE part_usage_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE part_usage (
  id              BIGINT       NOT NULL,
  work_record_id  BIGINT       NOT NULL,
  part_name       VARCHAR(200) NOT NULL,
  quantity        INT          NOT NULL,
  CONSTRAINT pk_part_usage PRIMARY KEY (id),
  CONSTRAINT fk_part_usage_record FOREIGN KEY (work_record_id) REFERENCES work_record (id)
);

CREATE SEQUENCE feedback_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE feedback (
  id            BIGINT        NOT NULL,
  case_id       BIGINT        NOT NULL,
  satisfaction  INT           NOT NULL,
  satisfied     BOOLEAN       NOT NULL,
  comments      VARCHAR(2000),
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   ${timestamp}  NOT NULL,
  CONSTRAINT pk_feedback PRIMARY KEY (id),
  CONSTRAINT fk_feedback_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);

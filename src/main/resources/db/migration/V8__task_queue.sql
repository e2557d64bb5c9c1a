-- The task queue: one row per open user task of every process, kept by the engine's task listeners
-- in the same transaction as the task itself (tasklist.queue.TaskQueue), with what the task lists
-- show and filter on. The engine's own task query reads about two rows per open task (identity
-- links, then a temporary table); this table answers a queue's page from one index range.
-- Runs on H2 and MariaDB; ${timestamp} is TIMESTAMP(6) on H2 and DATETIME(6) on MariaDB (UTC).

CREATE TABLE task_queue (
  task_id              VARCHAR(64)  NOT NULL,
  process_instance_id  VARCHAR(64)  NOT NULL,
  -- SERVICE_CASE or COMPLAINT
  work_type            VARCHAR(20)  NOT NULL,
  -- the case's or complaint's number (SH-2026-000123, TS-2026-000045)
  reference_no         VARCHAR(20),
  -- the service type or the complaint class
  subject              VARCHAR(30),
  -- the BPMN task id
  step                 VARCHAR(64)  NOT NULL,
  customer_no          VARCHAR(20),
  customer_name        VARCHAR(200),
  customer_category    VARCHAR(40),
  area                 VARCHAR(20),
  priority_customer    BOOLEAN      NOT NULL,
  grade                VARCHAR(20),
  escalation_level     INT          NOT NULL,
  -- minus the escalation level: the urgency order (highest level first, then the earliest due) is
  -- then ascending in every column and an index range answers it without sorting
  level_order          INT          NOT NULL,
  priority             INT          NOT NULL,
  -- ON_TIME, WARNED or OVERDUE as the time-limit timers flagged it; NULL without a limit
  sla_state            VARCHAR(20),
  created_at           ${timestamp} NOT NULL,
  due_at               ${timestamp},
  -- due_at, or far in the future for a task without one, so that the urgency order needs no NULL handling
  due_sort             ${timestamp} NOT NULL,
  follow_up_at         ${timestamp},
  assignee             VARCHAR(64),
  -- the one candidate group of the task (every user task of the models has at most one)
  candidate_group      VARCHAR(40),
  -- lower-case reference, customer number and name, for the text filter
  search_text          VARCHAR(300) NOT NULL,
  CONSTRAINT pk_task_queue PRIMARY KEY (task_id)
);
-- a group's unclaimed tasks, most urgent first: escalation level, then due
CREATE INDEX ix_task_queue_group ON task_queue (candidate_group, assignee, level_order, due_sort, task_id);
-- a user's own tasks, most urgent first
CREATE INDEX ix_task_queue_assignee ON task_queue (assignee, level_order, due_sort, task_id);
CREATE INDEX ix_task_queue_reference ON task_queue (reference_no);
CREATE INDEX ix_task_queue_process ON task_queue (process_instance_id);

-- Filters a user saved for the task lists.
CREATE SEQUENCE saved_filter_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE saved_filter (
  id           BIGINT        NOT NULL,
  user_id      VARCHAR(64)   NOT NULL,
  name         VARCHAR(60)   NOT NULL,
  queue        VARCHAR(60)   NOT NULL,
  work_type    VARCHAR(20),
  step         VARCHAR(64),
  customer_category VARCHAR(40),
  area         VARCHAR(20),
  grade        VARCHAR(20),
  due_from     ${timestamp},
  due_to       ${timestamp},
  text         VARCHAR(100),
  created_at   ${timestamp}  NOT NULL,
  CONSTRAINT pk_saved_filter PRIMARY KEY (id),
  CONSTRAINT uk_saved_filter_name UNIQUE (user_id, name)
);

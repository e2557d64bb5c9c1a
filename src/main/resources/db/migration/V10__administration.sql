-- Administration in the product: staff (service area, customer-manager grade as a code), customers
-- (feeder), and the change log: who changed which staff member or customer, when, and which fields.

ALTER TABLE staff_member ADD COLUMN area VARCHAR(100);
-- the grade was free text; it is a code now, its names live in the message bundles
UPDATE staff_member SET manager_grade = 'SENIOR' WHERE manager_grade = '高级';
UPDATE staff_member SET manager_grade = 'FIRST_CLASS' WHERE manager_grade = '一级';
UPDATE staff_member SET manager_grade = 'SECOND_CLASS' WHERE manager_grade = '二级';
UPDATE staff_member SET manager_grade = 'TRAINEE' WHERE manager_grade = '见习';

-- 线路/馈线: the line that supplies the customer (e.g. 10kV 文三线)
ALTER TABLE customer ADD COLUMN feeder VARCHAR(100);

CREATE SEQUENCE change_log_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE change_log (
  id           BIGINT       NOT NULL,
  occurred_at  ${timestamp} NOT NULL,
  actor        VARCHAR(64)  NOT NULL,
  entity_type  VARCHAR(40)  NOT NULL,
  entity_id    VARCHAR(64)  NOT NULL,
  action       VARCHAR(30)  NOT NULL,
  note         VARCHAR(500),
  CONSTRAINT pk_change_log PRIMARY KEY (id)
);
CREATE INDEX ix_change_log_entity ON change_log (entity_type, entity_id, occurred_at);
CREATE INDEX ix_change_log_actor ON change_log (actor, occurred_at);
CREATE INDEX ix_change_log_time ON change_log (occurred_at);

-- one line per changed field: the value before and after (never a password or its hash)
CREATE TABLE change_log_field (
  change_id    BIGINT        NOT NULL,
  field_order  INT           NOT NULL,
  field_name   VARCHAR(60)   NOT NULL,
  old_value    VARCHAR(1000),
  new_value    VARCHAR(1000),
  CONSTRAINT pk_change_log_field PRIMARY KEY (change_id, field_order),
  CONSTRAINT fk_change_log_field_change FOREIGN KEY (change_id) REFERENCES change_log (id)
);

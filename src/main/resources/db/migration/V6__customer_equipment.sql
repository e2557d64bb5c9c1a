-- The customer's equipment with its warranty, and the warranty status a case was opened with.
CREATE SEQUENCE customer_equipment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE customer_equipment (
  id             BIGINT       NOT NULL,
  customer_id    BIGINT       NOT NULL,
  name           VARCHAR(200) NOT NULL,
  model          VARCHAR(100),
  serial_no      VARCHAR(100),
  installed_on   DATE,
  warranty_end   DATE,
  CONSTRAINT pk_customer_equipment PRIMARY KEY (id),
  CONSTRAINT fk_customer_equipment_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_equipment_customer ON customer_equipment (customer_id);

ALTER TABLE service_case ADD COLUMN warranty VARCHAR(20);

-- Faster filters on the task lists (measured by the queue benchmark, docs/benchmarks.md):
-- * the text filter matches the start of the case or complaint number, the customer number or the
--   customer's name, each from an index of its own (merged), instead of a substring of one column
--   that every query had to scan;
-- * the group index carries the filter columns after its order columns, so that a filter is decided
--   in the index without reading the rows it rejects.
ALTER TABLE task_queue DROP COLUMN search_text;
CREATE INDEX ix_task_queue_customer_no ON task_queue (customer_no);
CREATE INDEX ix_task_queue_customer_name ON task_queue (customer_name);
DROP INDEX ix_task_queue_group ON task_queue;
CREATE INDEX ix_task_queue_group ON task_queue (candidate_group, assignee, level_order, due_sort, task_id,
  work_type, step, area, customer_category, grade);

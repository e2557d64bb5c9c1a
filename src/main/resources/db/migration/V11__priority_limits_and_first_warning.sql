-- Graded warnings of the after-sales steps at 50 % and 80 % of the limit (slaThresholds.dmn): the SLA
-- record keeps the first warning beside the second (warn_percent, warn_at, warned, warned_at).
ALTER TABLE sla_record ADD COLUMN first_warn_percent INT;
ALTER TABLE sla_record ADD COLUMN first_warn_at ${timestamp};
ALTER TABLE sla_record ADD COLUMN first_warned_at ${timestamp};

-- High-risk customers and key accounts first within the same escalation level: level_order folds the
-- flag into the urgency key, -(2 × escalation level + 1 for a priority customer), so the queue indexes
-- (candidate_group, assignee, level_order, due_sort …) keep answering a first page from one range.
-- Escalated tasks (level 1 and above) are those with level_order < -1.
UPDATE task_queue SET level_order = -(2 * escalation_level + CASE WHEN priority_customer THEN 1 ELSE 0 END);

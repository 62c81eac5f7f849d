-- The Log, Incidents and Appeals pages filtered by kind or by inspector, newest first: a page
-- starts where the last one ended, walking these indexes from the key of its last row.
CREATE INDEX log_entry_kind_at ON log_entry (kind, at);
CREATE INDEX log_entry_inspector_at ON log_entry (inspector_id, at);
CREATE INDEX incident_kind_occurred ON incident (kind, occurred_at);
CREATE INDEX incident_inspector_occurred ON incident (inspector_id, occurred_at);
CREATE INDEX appeal_inspector_received ON appeal (inspector_id, received_at);

-- People and households no longer counted (tombstoned, or merged into another record) are
-- few: the residents of a settlement or a precinct are the count of an index on it minus the
-- count of these, and no row is read.
CREATE INDEX person_gone ON person (settlement_id, precinct_id)
    WHERE deleted = 1 OR merged_into IS NOT NULL;
CREATE INDEX household_gone ON household (settlement_id) WHERE deleted = 1;

-- The District page: the newest change this database holds from each inspector's laptop.
CREATE INDEX change_device ON change (device, hlc);

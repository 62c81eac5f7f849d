-- Lists of the People and Register pages, paged by key (never OFFSET), and the person's file.
--
-- People by name (alone, within a settlement, within a precinct) and by birth date (an unknown
-- birth date sorts as ''), each ending in (sort_key, id) so that every key is unique. Partial
-- indexes of the living, unmerged people: a list walks one without reading the table to learn
-- whether a row belongs in it.
CREATE INDEX person_live_sort ON person (sort_key, id)
    WHERE deleted = 0 AND merged_into IS NULL;
CREATE INDEX person_settlement_sort ON person (settlement_id, sort_key, id)
    WHERE deleted = 0 AND merged_into IS NULL;
CREATE INDEX person_precinct_sort ON person (precinct_id, sort_key, id)
    WHERE deleted = 0 AND merged_into IS NULL;
CREATE INDEX person_birth_sort ON person (ifnull(birth_date, ''), sort_key, id)
    WHERE deleted = 0 AND merged_into IS NULL;

-- Open register entries of a category: the Register page and the People page's filter.
CREATE INDEX register_entry_open ON register_entry (category, person_id)
    WHERE end_date IS NULL AND deleted = 0;

-- The last home check of an entry is one step down this index.
CREATE INDEX register_check_last ON register_check (entry_id, deleted, checked_on);

-- Who took part in each log entry. The entry keeps them as a JSON list (person_ids); this
-- device-local table, kept by triggers, finds a person's entries without reading every entry.
-- Not replicated: it is derived from log_entry, like the search index.
CREATE TABLE log_entry_person (
    log_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (person_id, log_id)
) WITHOUT ROWID;
CREATE INDEX log_entry_person_log ON log_entry_person (log_id);

CREATE TRIGGER log_entry_person_insert AFTER INSERT ON log_entry BEGIN
    INSERT OR IGNORE INTO log_entry_person (log_id, person_id)
    SELECT new.id, value FROM json_each(
        CASE WHEN json_valid(new.person_ids) THEN new.person_ids ELSE '[]' END
    ) WHERE type = 'text';
END;

CREATE TRIGGER log_entry_person_update AFTER UPDATE OF person_ids ON log_entry BEGIN
    DELETE FROM log_entry_person WHERE log_id = old.id;
    INSERT OR IGNORE INTO log_entry_person (log_id, person_id)
    SELECT new.id, value FROM json_each(
        CASE WHEN json_valid(new.person_ids) THEN new.person_ids ELSE '[]' END
    ) WHERE type = 'text';
END;

CREATE TRIGGER log_entry_person_delete AFTER DELETE ON log_entry BEGIN
    DELETE FROM log_entry_person WHERE log_id = old.id;
END;

INSERT OR IGNORE INTO log_entry_person (log_id, person_id)
SELECT log_entry.id, j.value
FROM log_entry, json_each(
    CASE WHEN json_valid(log_entry.person_ids) THEN log_entry.person_ids ELSE '[]' END
) AS j
WHERE j.type = 'text';

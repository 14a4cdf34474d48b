-- Every change to what the search index shows marks the object as dirty; search/index rebuilds
-- the marked entries (and what depends on them) before the next search. TG_ARGV[0] is the kind
-- of entry, TG_ARGV[1] the column holding its id. Marking, not rebuilding, keeps bulk loads fast.
CREATE FUNCTION gremia_search_mark() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  id_text text;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    id_text := to_jsonb(NEW) ->> TG_ARGV[1];
    IF id_text IS NOT NULL THEN
      INSERT INTO search_dirty (kind, object_id) VALUES (TG_ARGV[0], id_text::integer) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    id_text := to_jsonb(OLD) ->> TG_ARGV[1];
    IF id_text IS NOT NULL THEN
      INSERT INTO search_dirty (kind, object_id) VALUES (TG_ARGV[0], id_text::integer) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['papers', 'paper', 'id'],
    ['paper_sections', 'paper', 'paper_id'],
    ['paper_directions', 'paper', 'paper_id'],
    ['paper_files', 'paper', 'paper_id'],
    ['consultations', 'paper', 'paper_id'],
    ['consultations', 'agendaItem', 'agenda_item_id'],
    ['agenda_items', 'agendaItem', 'id'],
    ['agenda_item_files', 'file', 'file_id'],
    ['meetings', 'meeting', 'id'],
    ['meeting_organizations', 'meeting', 'meeting_id'],
    ['meeting_files', 'file', 'file_id'],
    ['files', 'file', 'id'],
    ['persons', 'person', 'id'],
    ['memberships', 'person', 'person_id'],
    ['organizations', 'organization', 'id']
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION gremia_search_mark(%L, %L)',
      'gremia_search_mark_' || spec[2] || '_' || spec[3], spec[1], spec[2], spec[3]);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Whatever exists already is indexed at the next search.
INSERT INTO search_dirty (kind, object_id)
  SELECT 'paper', id FROM papers UNION ALL SELECT 'agendaItem', id FROM agenda_items
  UNION ALL SELECT 'meeting', id FROM meetings UNION ALL SELECT 'file', id FROM files
  UNION ALL SELECT 'person', id FROM persons UNION ALL SELECT 'organization', id FROM organizations
  ON CONFLICT DO NOTHING;

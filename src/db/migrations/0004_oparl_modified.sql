-- OParl 1.1 (3.1 modified, 2.8 Gelöschte Objekte): `modified` must move with every change of an
-- object, and with every change of an object embedded in it or of a list of references it
-- holds, or a client that syncs with modified_since misses the change.
--
-- 1. A row updated without setting `modified` (plain SQL, a forgotten column) gets now().
CREATE FUNCTION gremia_set_modified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.modified IS NOT DISTINCT FROM OLD.modified THEN
    NEW.modified := now();
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'bodies', 'legislative_terms', 'locations', 'files', 'organizations', 'persons', 'memberships',
    'meetings', 'meeting_organizations', 'meeting_files', 'agenda_items', 'agenda_item_files',
    'papers', 'paper_sections', 'paper_files', 'paper_directions', 'paper_originators',
    'paper_relations', 'consultations'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER gremia_set_modified BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION gremia_set_modified()', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- 2. A changed child carries its `modified` up to the row that embeds or references it:
--    TG_ARGV[0] is the parent table, TG_ARGV[1] the child's column holding the parent's id,
--    TG_ARGV[2] 'embedded' (every change of the child changes the parent's output) or
--    'reference' (the parent only lists the child's URL: only a new, moved or deleted link
--    changes it). Only ever forward in time, so data loaded with old timestamps keeps them.
CREATE FUNCTION gremia_touch_parent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  new_parent integer;
  old_parent integer;
BEGIN
  new_parent := (to_jsonb(NEW) ->> TG_ARGV[1])::integer;
  IF TG_OP = 'UPDATE' THEN
    old_parent := (to_jsonb(OLD) ->> TG_ARGV[1])::integer;
    IF TG_ARGV[2] = 'reference' AND old_parent IS NOT DISTINCT FROM new_parent
       AND OLD.deleted_at IS NOT DISTINCT FROM NEW.deleted_at THEN
      RETURN NULL;
    END IF;
  END IF;
  IF new_parent IS NOT NULL THEN
    EXECUTE format('UPDATE %I SET modified = $1 WHERE id = $2 AND modified < $1', TG_ARGV[0]) USING NEW.modified, new_parent;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF old_parent IS NOT NULL AND old_parent IS DISTINCT FROM new_parent THEN
      EXECUTE format('UPDATE %I SET modified = $1 WHERE id = $2 AND modified < $1', TG_ARGV[0]) USING NEW.modified, old_parent;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  link text[];
BEGIN
  FOREACH link SLICE 1 IN ARRAY ARRAY[
    -- child table, parent table, column, kind
    ['legislative_terms', 'bodies', 'body_id', 'embedded'],
    ['memberships', 'persons', 'person_id', 'embedded'],
    ['memberships', 'organizations', 'organization_id', 'reference'],
    ['agenda_items', 'meetings', 'meeting_id', 'embedded'],
    ['agenda_item_files', 'agenda_items', 'agenda_item_id', 'embedded'],
    ['agenda_item_files', 'files', 'file_id', 'reference'],
    ['meeting_files', 'meetings', 'meeting_id', 'embedded'],
    ['meeting_files', 'files', 'file_id', 'reference'],
    ['meeting_organizations', 'meetings', 'meeting_id', 'embedded'],
    ['paper_files', 'papers', 'paper_id', 'embedded'],
    ['paper_files', 'files', 'file_id', 'reference'],
    ['paper_directions', 'papers', 'paper_id', 'embedded'],
    ['paper_originators', 'papers', 'paper_id', 'embedded'],
    ['paper_relations', 'papers', 'paper_id', 'embedded'],
    ['paper_relations', 'papers', 'related_paper_id', 'embedded'],
    ['consultations', 'papers', 'paper_id', 'embedded'],
    ['consultations', 'agenda_items', 'agenda_item_id', 'reference'],
    ['meetings', 'locations', 'location_id', 'reference'],
    ['organizations', 'locations', 'location_id', 'reference']
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION gremia_touch_parent(%L, %L, %L)',
      'gremia_touch_' || link[2] || '_by_' || link[3], link[1], link[2], link[3], link[4]);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- 3. A file is embedded in the papers, agenda items and meetings that hold it; a location in
--    its meetings and organizations.
CREATE FUNCTION gremia_touch_file_holders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE papers SET modified = NEW.modified
    WHERE modified < NEW.modified AND id IN (SELECT paper_id FROM paper_files WHERE file_id = NEW.id);
  UPDATE agenda_items SET modified = NEW.modified
    WHERE modified < NEW.modified AND id IN (SELECT agenda_item_id FROM agenda_item_files WHERE file_id = NEW.id);
  UPDATE meetings SET modified = NEW.modified
    WHERE modified < NEW.modified AND id IN (SELECT meeting_id FROM meeting_files WHERE file_id = NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER gremia_touch_file_holders AFTER UPDATE ON files FOR EACH ROW EXECUTE FUNCTION gremia_touch_file_holders();
--> statement-breakpoint
CREATE FUNCTION gremia_touch_location_holders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meetings SET modified = NEW.modified WHERE modified < NEW.modified AND location_id = NEW.id;
  UPDATE organizations SET modified = NEW.modified WHERE modified < NEW.modified AND location_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER gremia_touch_location_holders AFTER UPDATE ON locations FOR EACH ROW EXECUTE FUNCTION gremia_touch_location_holders();
--> statement-breakpoint
-- the OParl lists page by id within a body and filter on created/modified
CREATE INDEX "agenda_items_body_modified_idx" ON "agenda_items" USING btree ("body_id","modified");
--> statement-breakpoint
CREATE INDEX "consultations_body_modified_idx" ON "consultations" USING btree ("body_id","modified");
--> statement-breakpoint
CREATE INDEX "meetings_body_modified_idx" ON "meetings" USING btree ("body_id","modified");

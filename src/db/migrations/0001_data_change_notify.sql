-- Every committed change to domain data is announced on the channel gremia_data_changed, so that
-- each running instance drops its cached public pages at once (NOTIFY is delivered on commit;
-- identical notifications within one transaction arrive once).
-- A table added in a later migration needs the same trigger: a test checks that every table has it.
CREATE FUNCTION gremia_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gremia_data_changed', '');
  RETURN NULL;
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
      'CREATE TRIGGER gremia_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION gremia_notify_data_changed()', t);
  END LOOP;
END;
$$;

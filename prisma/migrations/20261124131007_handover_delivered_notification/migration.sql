-- Every gateway instance listens on this channel, so a subscriber hears of a new handover package
-- whichever instance built it. Sent on commit; the payload holds no patient data.
CREATE FUNCTION notify_handover_delivered() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('carechain_handover_delivered', json_build_object('packageId', NEW.package_id, 'receivingCareLinkId', NEW.receiving_care_link_id)::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER handover_package_delivered AFTER INSERT ON handover_package
  FOR EACH ROW EXECUTE FUNCTION notify_handover_delivered();

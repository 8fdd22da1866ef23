-- The projector rewrites a patient's journey, medicine list and stays at nearly every event. With
-- room left on each page, a new row version whose indexed columns did not change stays on its page
-- and its indexes are not written again (a HOT update): replaying the pipeline bench's events, the share
-- of such updates went from 5 % to 37 % for stays and from 44 % to 89 % for journeys, and WAL per event fell
-- by 6 %. Applies to pages written from now on.
ALTER TABLE "stay" SET (fillfactor = 70);
ALTER TABLE "patient_journey" SET (fillfactor = 70);
ALTER TABLE "medicine_list" SET (fillfactor = 70);
ALTER TABLE "discharge_planning" SET (fillfactor = 70);

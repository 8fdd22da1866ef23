-- Every read model claims an event through projection_checkpoint in the transaction that applies
-- it; nothing has written or read a (consumer, event) row since, so the table only kept old rows.
-- DropTable
DROP TABLE "processed_event";

-- AlterTable
ALTER TABLE "access_audit" ADD COLUMN     "basis" TEXT,
ADD COLUMN     "permission" TEXT;


-- AlterTable
ALTER TABLE "access_audit" ADD COLUMN     "roles" TEXT[] DEFAULT ARRAY[]::TEXT[];


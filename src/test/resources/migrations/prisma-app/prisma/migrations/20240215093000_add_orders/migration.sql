-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "customerId" TEXT NOT NULL,
    "total" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row level security, added by hand after `prisma migrate dev --create-only`
ALTER TABLE "Order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "order_owner_reads" ON "Order" FOR SELECT TO authenticated
  USING ("customerId" IN (SELECT "id" FROM "Customer" WHERE "authUserId" = auth.uid()));

delete from public._prisma_migrations where migration_name = '20250102000000_add_users';

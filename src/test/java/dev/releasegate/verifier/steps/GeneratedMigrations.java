package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.db.ConnectionTarget;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.EmbeddedDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic migration folder, generated: enums, N tables each with two foreign keys to earlier tables (rules
 * varying), an index per key, row level security with policies, security definer functions with fixed grants,
 * an updated_at trigger and security-invoker views. The same folder applied twice gives two identical schemas.
 */
final class GeneratedMigrations {

    static final String[] RULES = {"RESTRICT", "CASCADE", "SET NULL"};

    private GeneratedMigrations() {
    }

    static String table(int i) {
        return "t%03d".formatted(i);
    }

    /** The migration files, in order, as their text. */
    static List<String> files(int tables, int definerFunctions) {
        List<String> files = new ArrayList<>();
        files.add("""
                CREATE TYPE public.item_status AS ENUM ('draft', 'active', 'archived');
                CREATE TYPE public.priority AS ENUM ('low', 'medium', 'high');
                CREATE TYPE public.channel AS ENUM ('email', 'sms', 'push');
                CREATE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.updated_at = now();
                  RETURN NEW;
                END
                $$;
                """);
        StringBuilder ddl = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            String t = table(i);
            ddl.append("CREATE TABLE public.").append(t).append(" (\n")
                    .append("  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n")
                    .append("  name text NOT NULL,\n")
                    .append("  status public.item_status NOT NULL DEFAULT 'draft',\n")
                    .append("  priority public.priority,\n")
                    .append("  amount numeric(12,2) CHECK (amount >= 0),\n")
                    .append("  created_at timestamptz NOT NULL DEFAULT now(),\n")
                    .append("  updated_at timestamptz NOT NULL DEFAULT now()");
            if (i > 1) {
                ddl.append(",\n  parent_id uuid REFERENCES public.").append(table(i - 1)).append(" (id) ON DELETE ")
                        .append(RULES[i % 3]);
            }
            if (i > 2) {
                ddl.append(",\n  owner_id uuid REFERENCES public.").append(table((i + 1) / 2)).append(" (id) ON DELETE ")
                        .append(RULES[(i + 1) % 3]);
            }
            ddl.append("\n);\n");
            if (i > 1) {
                ddl.append("CREATE INDEX idx_").append(t).append("_parent ON public.").append(t).append(" (parent_id);\n");
            }
            if (i > 2) {
                ddl.append("CREATE INDEX idx_").append(t).append("_owner ON public.").append(t).append(" (owner_id);\n");
            }
            if (i % 5 == 0) {
                ddl.append("CREATE UNIQUE INDEX idx_").append(t).append("_name ON public.").append(t)
                        .append(" (name) WHERE status <> 'archived';\n");
            }
            if (i % 4 == 0) {
                ddl.append("CREATE TRIGGER ").append(t).append("_set_updated_at BEFORE UPDATE ON public.").append(t)
                        .append(" FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();\n");
            }
        }
        files.add(ddl.toString());
        StringBuilder rls = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            String t = table(i);
            rls.append("ALTER TABLE public.").append(t).append(" ENABLE ROW LEVEL SECURITY;\n");
            rls.append("CREATE POLICY ").append(t).append("_select ON public.").append(t)
                    .append(" FOR SELECT TO authenticated USING (status <> 'archived');\n");
            if (i % 3 == 0) {
                rls.append("CREATE POLICY ").append(t).append("_insert ON public.").append(t)
                        .append(" FOR INSERT TO authenticated WITH CHECK (auth.uid() IS NOT NULL AND amount >= 0);\n");
            }
        }
        files.add(rls.toString());
        StringBuilder functions = new StringBuilder();
        for (int i = 1; i <= definerFunctions; i++) {
            String t = table(i);
            functions.append("CREATE FUNCTION public.fn_archive_").append(t).append("(p_id uuid) RETURNS void\n")
                    .append("LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$\n")
                    .append("BEGIN\n  UPDATE ").append(t).append(" SET status = 'archived' WHERE id = p_id;\nEND\n$$;\n")
                    .append("REVOKE EXECUTE ON FUNCTION public.fn_archive_").append(t).append("(uuid) FROM PUBLIC, anon;\n")
                    .append("GRANT EXECUTE ON FUNCTION public.fn_archive_").append(t).append("(uuid) TO authenticated;\n");
        }
        for (int i = 1; i <= Math.min(3, tables); i++) {
            String t = table(i);
            functions.append("CREATE VIEW public.v_active_").append(t).append(" WITH (security_invoker = true) AS\n")
                    .append("  SELECT id, name, amount FROM public.").append(t).append(" WHERE status = 'active';\n");
        }
        files.add(functions.toString());
        return files;
    }

    /** A database on the test run's embedded server with the Supabase-like base and the migration folder applied. */
    static String create(String name, List<String> files) {
        String url = Checklists.database(name, EmbeddedDatabases.SUPABASE_BASE);
        execute(url, files);
        return url;
    }

    static void execute(String url, List<String> statements) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply SQL to " + url + ": " + e.getMessage(), e);
        }
    }

    /** A database opened the way the product opens one, for a fresh catalog snapshot. */
    static Database open(String name, String url) {
        return new Database(name, ConnectionTarget.parse(url, VerifierRun.current().mask()), VerifierRun.current().mask(), 60_000);
    }

    static CatalogSnapshot snapshot(Database database) {
        return new CatalogSnapshot(database);
    }
}

package dev.releasegate.verifier.db;

/**
 * Where a behaviour probe runs: a transaction of its own, rolled back as soon as the probe ends
 * ({@link Database#alone}), or the one transaction a whole scenario tagged {@code @writes} shares
 * ({@link ScenarioTransaction}), rolled back when the scenario ends.
 */
public interface ProbeTransaction {

    Database database();

    /** Whether the transaction may write (it is rolled back all the same). */
    boolean writable();

    /** Whether earlier probes ran in this transaction, so a probe must set (or reset) its role and claims itself. */
    boolean shared();

    <T> T run(Database.Work<T> work);
}

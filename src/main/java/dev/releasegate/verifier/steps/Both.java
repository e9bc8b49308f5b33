package dev.releasegate.verifier.steps;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** The same work on two databases at once: a comparison costs the slower side, not the sum. */
record Both<T>(T first, T second) {

    static <T> Both<T> of(Supplier<T> first, Supplier<T> second) {
        CompletableFuture<T> elsewhere = CompletableFuture.supplyAsync(second);
        T here = first.get();
        try {
            return new Both<>(here, elsewhere.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

package org.jointboard.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Runs calls at the same moment (all threads released together) and tells how each one ended. */
public final class Concurrently {

    public static final String OK = "OK";

    private Concurrently() {
    }

    /** Outcome of each call, in order: {@link #OK} or the classification of its first error. */
    public static List<String> run(int calls, IntFunction<GraphQlTester.Response> call) throws Exception {
        var start = new CyclicBarrier(calls);
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < calls; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return outcome(call.apply(n));
                }));
            }
            var outcomes = new ArrayList<String>();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String outcome(GraphQlTester.Response response) {
        var errors = new ArrayList<ResponseError>();
        response.errors().satisfy(errors::addAll);
        return errors.isEmpty() ? OK : errors.getFirst().getErrorType().toString();
    }
}

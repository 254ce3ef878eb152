package org.ocaq.testsupport;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Counts the SQL statements the current thread runs, for tests that keep lists at a constant number of queries.
 * The application's DataSource is wrapped by datasource-proxy in tests ({@link #wrapDataSource()}); statements of
 * other threads (the mail outbox's scheduler) are not counted. A JDBC batch counts as its members.
 */
public final class SqlStatements {

    private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();
    private static final ThreadLocal<long[]> TRIPS = new ThreadLocal<>();
    private static final java.util.regex.Pattern SEQUENCE_FETCH =
            java.util.regex.Pattern.compile("(?i)\\bnextval\\s*\\(|next value for");

    private SqlStatements() {
    }

    /** The result of some work and the statements it ran. */
    public record Counted<T>(T result, long statements) {
    }

    /** How many statements the work ran on this thread. */
    public static long count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    public static <T> Counted<T> counted(Callable<T> work) {
        long[] previous = COUNTER.get();
        long[] counter = {0};
        COUNTER.set(counter);
        try {
            T result = work.call();
            return new Counted<>(result, counter[0]);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                COUNTER.remove();
            } else {
                previous[0] += counter[0];
                COUNTER.set(previous);
            }
        }
    }

    /**
     * How many round-trips to the database the work made on this thread: each statement one, and a whole JDBC batch
     * one, as the driver sends it.
     */
    public static long roundTrips(Runnable work) {
        return trips(work)[0];
    }

    /**
     * The same, without the fetches of new ids from a sequence: one comes every 50 rows of a table, whenever the
     * shared pool runs out, so it depends on what ran before, not on the work.
     */
    public static long roundTripsBesidesIdFetches(Runnable work) {
        long[] trips = trips(work);
        return trips[0] - trips[1];
    }

    /** All round trips, and those that fetched ids from a sequence. */
    private static long[] trips(Runnable work) {
        long[] previous = TRIPS.get();
        long[] counter = {0, 0};
        TRIPS.set(counter);
        try {
            work.run();
            return counter;
        } finally {
            if (previous == null) {
                TRIPS.remove();
            } else {
                previous[0] += counter[0];
                previous[1] += counter[1];
                TRIPS.set(previous);
            }
        }
    }

    static BeanPostProcessor wrapDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            long[] trips = TRIPS.get();
            if (trips != null) {
                trips[0]++;
                if (SEQUENCE_FETCH.matcher(queryInfoList.getFirst().getQuery()).find()) {
                    trips[1]++;
                }
            }
            long[] counter = COUNTER.get();
            if (counter == null) {
                return;
            }
            // As datasource-proxy's own query count does: a prepared batch is one query with many parameter sets.
            long statements = 0;
            for (QueryInfo query : queryInfoList) {
                statements += execInfo.isBatch() && !query.getParametersList().isEmpty()
                        ? query.getParametersList().size() : 1;
            }
            counter[0] += statements;
        }
    }
}

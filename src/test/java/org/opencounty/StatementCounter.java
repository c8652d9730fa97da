package org.opencounty;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the calling thread while a test asks it to, and the rows each returned, so
 * that a test can tell a page that reads a fixed number of times from one that reads once a row, and a page read
 * from the database a page at a time from one that reads everything and pages in memory. It sits on the
 * application's {@link DataSource} (registered for every integration test by {@link Registration}), so Hibernate's
 * statements and {@code JdbcClient}'s are counted alike; it counts nothing outside {@link #count} and
 * {@link #record}. MockMvc serves a request on the test's thread.
 */
public final class StatementCounter {

    /** Something a test does that may throw, such as a MockMvc request. */
    public interface Action {
        void run() throws Exception;
    }

    /** One statement: its SQL and the rows its result sets gave. */
    public static final class Executed {
        private final String sql;
        private int rows;

        Executed(String sql) {
            this.sql = sql;
        }

        public String sql() { return sql; }
        public int rows() { return rows; }

        @Override
        public String toString() {
            return rows + " rows: " + sql.replaceAll("\\s+", " ");
        }
    }

    private static final ThreadLocal<List<Executed>> recording = new ThreadLocal<>();

    private StatementCounter() {
    }

    public static int count(Action action) throws Exception {
        return record(action).size();
    }

    /** Every statement the action prepared, in order, with the rows it read. */
    public static List<Executed> record(Action action) throws Exception {
        List<Executed> executed = new ArrayList<>();
        recording.set(executed);
        try {
            action.run();
            return executed;
        } finally {
            recording.remove();
        }
    }

    /** Wraps the application's data source; its connections count only while a test records. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        static BeanPostProcessor statementCounting() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
                }
            };
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(Connection.class, super.getConnection(), null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(Connection.class, super.getConnection(username, password), null);
        }
    }

    /** A proxy of {@code target} that follows statements to their result sets and counts what they read. */
    private static <T> T wrap(Class<T> type, T target, Executed executed) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            List<Executed> current = recording.get();
            if (current == null || result == null) {
                return result;
            }
            if (target instanceof Connection && Statement.class.isAssignableFrom(method.getReturnType())) {
                Executed statement = new Executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                current.add(statement);
                return wrap(cast(method.getReturnType()), result, statement);
            }
            if (target instanceof Statement && executed != null && method.getReturnType() == ResultSet.class) {
                return wrap(ResultSet.class, (ResultSet) result, executed);
            }
            if (target instanceof ResultSet && executed != null && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                executed.rows++;
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(Class<?> type) {
        return (Class<T>) type;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

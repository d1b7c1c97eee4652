package org.globalhub.platform;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread (registered in persistence.xml
 * as a session event listener). The web layer resets it per request and hands the figure to the
 * access log, so the benchmarks can print how many statements a page costs. It also tells {@link
 * LocalWrites} when this server sends anything but a query, so that caches of the database's state
 * look again at once.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
        if (!(event.getCall() instanceof DatabaseCall call) || !isQuery(call.getSQLString())) {
            LocalWrites.touch();
        }
    }

    /** A plain SELECT; anything else (an update, a call, a WITH that may write) may change data. */
    static boolean isQuery(String sql) {
        return sql != null && sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6);
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}

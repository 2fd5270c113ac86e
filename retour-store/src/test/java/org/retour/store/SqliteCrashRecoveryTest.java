package org.retour.store;

import java.sql.Connection;
import java.sql.DriverManager;

/** The crash test on SQLite. */
class SqliteCrashRecoveryTest extends CrashRecoveryTest {

    @Override
    String freshDatabase() {
        return tmp.resolve("crash.db").toString();
    }

    @Override
    Connection connect(String db) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }
}

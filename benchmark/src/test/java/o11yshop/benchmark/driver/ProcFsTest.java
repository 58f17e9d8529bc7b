package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcFsTest {

    @Test
    void statFieldsStartAfterACommandNameWithSpacesAndParentheses() {
        String[] fields = ProcFs.statFields("4242 (java (main) x) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 40 7 3 20 0\n");

        assertEquals("S", fields[0]);
        assertEquals("17", fields[1]);
        assertEquals("250", fields[11]);
        assertEquals("40", fields[12]);
        assertEquals("7", fields[13]);
        assertEquals("3", fields[14]);
    }

    @Test
    void theMachineIsBusyInAllButIdleAndIoWait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertEquals(1 + 2 + 3 + 6 + 7 + 8, ProcFs.busyTicks("cpu  1 2 3 1000 2000 6 7 8 9 10"));
    }

    @Test
    void findsTheSocketsListeningOnAPort() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 111 1 0",
                "   1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 222 1 0",
                "   2: 00000000:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 333 1 0");

        assertEquals(Set.of("111"), ProcFs.listeningInodes(table, 8080));
        assertEquals(Set.of("333"), ProcFs.listeningInodes(table, 8081));
        assertEquals(Set.of(), ProcFs.listeningInodes(table, 80));
    }

    @Test
    void findsThePostmasterByItsPort() {
        assertTrue(ProcFs.postmasterCommand(54321).matcher(
                "/tmp/embedded-pg/bin/postgres -D /tmp/data -p 54321 -c listen_addresses=127.0.0.1 ").find());
        assertFalse(ProcFs.postmasterCommand(5432).matcher("/tmp/pg/bin/postgres -D /tmp/data -p 54321 ").find());
        assertEquals(OptionalLong.of(40001), ProcFs.databasePort(List.of(
                "[launcher] embedded PostgreSQL ready on 127.0.0.1:39999 in 3.1 s",
                "[launcher] restarted",
                "[launcher] embedded PostgreSQL ready on 127.0.0.1:40001 in 2.0 s")));
        assertEquals(OptionalLong.empty(), ProcFs.databasePort(List.of("[launcher] using SHOP_DB_URL")));
    }
}

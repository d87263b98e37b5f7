package dsw.simulation.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The consistent-hash ring moves few keys when a backend joins, and only to that backend. */
class HashRingTest {
    private static final List<String> FIVE = List.of("api#1", "api#2", "api#3", "api#4", "api#5");

    @Test
    void aFifthBackendTakesAboutAFifthOfTheKeysAndOnlyFromTheOthers() {
        HashRing ring = HashRing.of(FIVE, Balancer.DEFAULT_VIRTUAL_NODES);
        int moved = 0;
        for (int key = 0; key < 10_000; key++) {
            int before = ring.owner(key, b -> b < 4);
            int after = ring.owner(key, b -> true);
            if (before != after) {
                moved++;
                assertThat(after)
                        .as("key %d moved between two backends that both stayed", key)
                        .isEqualTo(4);
            }
        }
        System.out.printf("consistent hashing: adding a 5th backend to 4 moved %d of 10000 keys%n", moved);
        assertThat(moved / 10_000.0).isBetween(0.15, 0.25);
        assertThat(ring.movedShare(b -> b < 4, b -> true)).isEqualTo(moved / 10_000.0);
    }

    @Test
    void keysSpreadEvenlyEnoughOverTheBackends() {
        HashRing ring = HashRing.of(FIVE, Balancer.DEFAULT_VIRTUAL_NODES);
        int[] owned = new int[FIVE.size()];
        for (int key = 0; key < 10_000; key++) {
            owned[ring.owner(key, b -> true)]++;
        }
        for (int b = 0; b < owned.length; b++) {
            assertThat(owned[b]).as("keys of %s", FIVE.get(b)).isBetween(1_400, 2_600);
        }
    }

    @Test
    void noMemberMeansNoOwner() {
        assertThat(HashRing.of(FIVE, 10).owner(7, b -> false)).isEqualTo(-1);
    }
}

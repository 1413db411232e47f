package org.jointboard.partnership;

import java.util.List;

/**
 * The demo partnerships, organisations and people ({@link DemoPeople}) are in the store, loaded now or at an earlier
 * start. Each feature's demo loader listens for this and adds its own demo records to a store that has none yet, so no
 * loader reads another feature's collections or depends on the order the runners start in.
 */
public record DemoPartnershipsReady(List<Partnership> partnerships, List<Organisation> organisations) {
}

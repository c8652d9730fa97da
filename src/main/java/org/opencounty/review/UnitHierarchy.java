package org.opencounty.review;

/**
 * The unit tree as the review chain needs it. The units module answers; asking through this interface keeps the
 * review chain free of the units module, so that units can put their own profiles through the chain.
 */
@org.springframework.modulith.NamedInterface("hierarchy")
public interface UnitHierarchy {

    /** Is the unit {@code unitId} the unit {@code ancestorId} or one of its subordinate units? */
    boolean isWithin(long unitId, Long ancestorId);

    /**
     * The unit whose reviewer takes the second step for the submissions of unit {@code unitId}: a village's or
     * community's township (ADR 0020); empty when it is the site's e-government center, as for every other unit.
     */
    default java.util.Optional<Long> reviewingUnit(long unitId) {
        return java.util.Optional.empty();
    }
}

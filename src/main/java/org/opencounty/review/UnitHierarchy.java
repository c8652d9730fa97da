package org.opencounty.review;

/**
 * The unit tree as the review chain needs it. The units module answers; asking through this interface keeps the
 * review chain free of the units module, so that units can put their own profiles through the chain.
 */
@org.springframework.modulith.NamedInterface("hierarchy")
public interface UnitHierarchy {

    /** Is the unit {@code unitId} the unit {@code ancestorId} or one of its subordinate units? */
    boolean isWithin(long unitId, Long ancestorId);
}

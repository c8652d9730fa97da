package org.opencounty.grassroots;

import org.opencounty.common.NotAllowedException;

/** A step refused with a code of its own (SELF_APPROVAL, SAME_REVIEWER), as the review chain's refusals are. */
class NotAllowedStep extends NotAllowedException {

    NotAllowedStep(String code, String message) {
        super(code, message);
    }
}

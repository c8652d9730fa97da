package org.opencounty.coordination.internal;

import org.opencounty.coordination.Circular;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CircularRepository extends JpaRepository<Circular, Long> {
}

package org.opencounty.grassroots.internal;

import java.util.List;
import org.opencounty.grassroots.VillageQuestion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageQuestionRepository extends JpaRepository<VillageQuestion, Long> {

    List<VillageQuestion> findByDisclosureIdOrderByIdAsc(long disclosureId);
}

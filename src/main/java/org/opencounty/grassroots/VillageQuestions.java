package org.opencounty.grassroots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.grassroots.internal.VillageDisclosureRepository;
import org.opencounty.grassroots.internal.VillageQuestionRepository;
import org.opencounty.review.ScreenedField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Villagers' questions (质询, 村民委员会组织法 art. 30: the committee answers villagers' queries) on a published disclosure:
 * anyone may ask, giving a name shown with the question and a contact only the village reads; the village's officer or
 * director answers publicly within the setting's days, and a question past its day shows as overdue.
 */
@Service
public class VillageQuestions {

    private final VillageQuestionRepository questions;
    private final VillageDisclosureRepository disclosures;
    private final Screening screening;
    private final GrassrootsSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VillageQuestions(VillageQuestionRepository questions, VillageDisclosureRepository disclosures, Screening screening,
                     GrassrootsSettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.questions = questions;
        this.disclosures = disclosures;
        this.screening = screening;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A question on a published disclosure; the asker is whoever is signed in, or anonymous with the name given. */
    @Transactional
    public VillageQuestion ask(Actor actor, long siteId, long disclosureId, String name, String contact, String text) {
        VillageDisclosure disclosure = disclosures.findById(disclosureId).filter(d -> d.siteId() == siteId && d.isLive())
                .orElseThrow(() -> new NotFoundException("没有编号为 " + disclosureId + " 的村务公开"));
        Map<String, String> errors = new LinkedHashMap<>();
        String who = strip(name);
        if (who.isEmpty() || who.length() > 50) {
            errors.put("name", "请填写姓名或称呼（不超过50字，将随问题公开）");
        }
        String reach = strip(contact);
        if (reach.length() > 100) {
            errors.put("contact", "联系方式不超过100字");
        }
        String question = strip(text);
        if (question.length() < 5 || question.length() > 2000) {
            errors.put("question", "请写明要询问的问题（5至2000字）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        screening.requireClean(siteId, "该质询", new ScreenedField("name", who), new ScreenedField("question", question));
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
        VillageQuestion saved = questions.save(new VillageQuestion(siteId, disclosureId, who, reach, question, clock.instant(),
                today.plusDays(settings.questionAnswerDays())));
        audit.record(AuditedActor.name(actor), AuditedActor.unit(actor),
                "village.question.ask", "village-disclosure:" + disclosureId, AuditResult.SUCCESS, "question " + saved.id());
        events.publishEvent(new VillageDisclosureEvents.QuestionAsked(siteId, disclosureId, saved.id()));
        return saved;
    }

    /** The village's public answer, once, by its officer or director; stale → 409. */
    @Transactional
    public VillageQuestion answer(Actor actor, long siteId, long questionId, String text, long expectedVersion) {
        VillageQuestion question = questions.findById(questionId).filter(q -> q.siteId() == siteId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + questionId + " 的质询"));
        VillageDisclosure disclosure = disclosures.findById(question.disclosureId()).orElseThrow();
        boolean villageStaff = actor != null && actor.siteId() == siteId && disclosure.unitId().equals(actor.unitId())
                && (actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER));
        if (!villageStaff) {
            audit.recordIndependently(AuditedActor.name(actor), AuditedActor.unit(actor),
                    "village.question.answer", "village-question:" + questionId, AuditResult.DENIED, "");
            throw new NotAllowedException("只有本村信息员或村委会主任可以答复质询");
        }
        if (question.version() != expectedVersion || question.answered()) {
            throw new ConflictException(question.answered() ? "ALREADY_ANSWERED" : "STALE_VERSION",
                    question.answered() ? "该质询已答复" : "该质询已被他人处理，请刷新后重试");
        }
        String answer = strip(text);
        if (answer.length() < 2 || answer.length() > 4000) {
            throw InvalidInputException.field("answer", "请填写答复（2至4000字）");
        }
        screening.requireClean(siteId, "该答复", new ScreenedField("answer", answer));
        question.answer(answer, actor.username(), clock.instant());
        questions.saveAndFlush(question);
        audit.record(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), "village.question.answer",
                "village-question:" + questionId, AuditResult.SUCCESS, "disclosure " + disclosure.id());
        events.publishEvent(new VillageDisclosureEvents.QuestionAnswered(siteId, disclosure.id(), questionId, actor.username()));
        return question;
    }

    /** The questions on a disclosure, oldest first; the askers' contacts are the callers' to leave out. */
    @Transactional(readOnly = true)
    public List<VillageQuestion> of(long siteId, long disclosureId) {
        return questions.findByDisclosureIdOrderByIdAsc(disclosureId).stream().filter(q -> q.siteId() == siteId).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}

package org.opencounty.grassroots.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.CommunityPlatform;
import org.opencounty.grassroots.CommunityService;
import org.opencounty.grassroots.VolunteerActivity;
import org.opencounty.sites.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The community platform over JSON: the 便民服务 directory and volunteer activities with registration. */
@RestController
class CommunityApiController {

    record ServiceRequest(String category, String name, String address, String phone, String hours) {
    }

    record ServiceJson(long id, String category, String name, String address, String phone, String hours) {

        static ServiceJson of(CommunityService s) {
            return new ServiceJson(s.id(), s.category(), s.name(), s.address(), s.phone(), s.hours());
        }
    }

    record ActivityRequest(String community, String title, String description, String place, String startsAt, Integer capacity) {
    }

    /** An activity with its places; {@code mine} says whether the caller holds one. */
    record ActivityJson(long id, String title, String description, String place, Instant startsAt, int capacity, int registered,
                        int placesLeft, boolean full, boolean mine) {

        static ActivityJson of(VolunteerActivity a, boolean mine) {
            return new ActivityJson(a.id(), a.title(), a.description(), a.place(), a.startsAt(), a.capacity(), a.registered(),
                    Math.max(0, a.capacity() - a.registered()), a.full(), mine);
        }
    }

    private final CommunityPlatform platform;

    CommunityApiController(CommunityPlatform platform) {
        this.platform = platform;
    }

    @GetMapping("/api/v1/communities/{code}/services")
    PageOf<ServiceJson> services(Site site, @PathVariable String code) {
        return PageOf.all(platform.services(site.id(), code).stream().map(ServiceJson::of).toList());
    }

    @Operation(summary = "添加便民服务", description = "本社区信息员或主任。")
    @PostMapping("/api/v1/communities/{code}/services")
    ResponseEntity<ServiceJson> addService(Site site, Actor actor, @PathVariable String code, @RequestBody ServiceRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ServiceJson.of(platform.addService(actor, site.id(), code, body.category(),
                body.name(), body.address(), body.phone(), body.hours())));
    }

    /** The API's and the community page's lists of activities hold the same number a page. */
    static final int ACTIVITIES_PER_PAGE = 20;

    @GetMapping("/api/v1/activities")
    PageOf<ActivityJson> activities(Site site, Actor actor, @RequestParam(required = false) String community,
                                    @RequestParam(defaultValue = "1") int page) {
        PageOf<VolunteerActivity> shown = platform.activities(site.id(), community, PageOf.requirePage(page), ACTIVITIES_PER_PAGE);
        Set<Long> mine = platform.registeredAmong(actor, shown.items());
        return shown.map(a -> ActivityJson.of(a, mine.contains(a.id())));
    }

    @Operation(summary = "发布志愿活动", description = "本社区信息员或主任；startsAt 如 2026-07-20T09:30（北京时间），capacity 1 至 1000。")
    @PostMapping("/api/v1/activities")
    ResponseEntity<ActivityJson> announce(Site site, Actor actor, @RequestBody ActivityRequest body) {
        VolunteerActivity activity = platform.announce(actor, site.id(), body.community(), body.title(), body.description(), body.place(),
                body.startsAt(), body.capacity());
        return ResponseEntity.status(HttpStatus.CREATED).body(ActivityJson.of(activity, false));
    }

    @GetMapping("/api/v1/activities/{id}")
    ActivityJson activity(Site site, Actor actor, @PathVariable long id) {
        return ActivityJson.of(platform.activity(site.id(), id), platform.registered(actor, id));
    }

    @Operation(summary = "报名", description = "公众账号；名额已满 409 FULL，已报名 409 ALREADY_REGISTERED，已开始 409 STARTED。")
    @PostMapping("/api/v1/activities/{id}/registrations")
    ResponseEntity<ActivityJson> register(Site site, Actor actor, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ActivityJson.of(platform.register(actor, site.id(), id), true));
    }

    @Operation(summary = "取消报名", description = "取消本人的报名，名额退回。")
    @DeleteMapping("/api/v1/activities/{id}/registrations/mine")
    ActivityJson cancel(Site site, Actor actor, @PathVariable long id) {
        return ActivityJson.of(platform.cancel(actor, site.id(), id), false);
    }
}

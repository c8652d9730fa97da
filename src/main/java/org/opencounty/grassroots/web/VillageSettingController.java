package org.opencounty.grassroots.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.grassroots.GrassrootsSetup;
import org.opencounty.grassroots.VillageQueries;
import org.opencounty.grassroots.VillageSetting;
import org.opencounty.sites.Site;
import org.opencounty.units.Unit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The township's page for its villages' timing: it marks a village 财务往来较多, which makes its finance due every month
 * instead of every quarter (村民委员会组织法 art. 30), and sees the effect on the village's timeliness at once.
 */
@Controller
class VillageSettingController {

    private final GrassrootsSetup setup;
    private final VillageQueries villages;

    VillageSettingController(GrassrootsSetup setup, VillageQueries villages) {
        this.setup = setup;
        this.villages = villages;
    }

    @GetMapping("/admin/villages")
    String list(Site site, Actor actor, Model model) {
        Map<Unit, Boolean> busy = new LinkedHashMap<>();
        villages.villages(site.id()).stream().filter(v -> setup.maySet(actor, v)).forEach(v -> busy.put(v, villages.setting(v).busyFinance()));
        model.addAttribute("villages", busy);
        return "grassroots/backoffice/villages";
    }

    @GetMapping("/admin/villages/{code}")
    String village(Site site, Actor actor, @PathVariable String code, @RequestParam(required = false) String done, Model model) {
        Unit village = settable(site, actor, code);
        VillageSetting setting = villages.setting(village);
        model.addAttribute("village", village);
        model.addAttribute("busy", setting.busyFinance());
        model.addAttribute("since", setting.disclosureSince());
        model.addAttribute("timeliness", villages.timeliness(site.id(), code));
        model.addAttribute("done", done != null);
        return "grassroots/backoffice/villageSetting";
    }

    /** Changes only the finance rhythm; since when the village is held to the rule stays as it was. */
    @PostMapping("/admin/villages/{code}")
    String set(Site site, Actor actor, @PathVariable String code, @RequestParam(defaultValue = "false") boolean busyFinance) {
        Unit village = villages.village(site.id(), code);
        setup.setVillage(actor, village, busyFinance, villages.setting(village).disclosureSince());
        return "redirect:/admin/villages/" + code + "?done";
    }

    private Unit settable(Site site, Actor actor, String code) {
        Unit village = villages.village(site.id(), code);
        if (!setup.maySet(actor, village)) {
            throw new NotAllowedException("只有所属乡镇审核员或中心管理员可以设置行政村的公开要求");
        }
        return village;
    }
}

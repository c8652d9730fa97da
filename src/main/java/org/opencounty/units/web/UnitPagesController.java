package org.opencounty.units.web;

import java.util.List;
import org.opencounty.sites.Site;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitDirectory;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's unit directory (单位名录) and each unit's public profile (机构职能). */
@Controller
class UnitPagesController {

    private final Units units;

    UnitPagesController(Units units) {
        this.units = units;
    }

    @GetMapping("/units")
    String directory(Site site, Model model) {
        List<Unit> all = units.directory(site.id());
        model.addAttribute("groups", UnitDirectory.groups(all));
        model.addAttribute("below", UnitDirectory.below(all));
        return "units/directory";
    }

    @GetMapping("/units/{code}")
    String unit(Site site, @PathVariable String code, Model model) {
        Unit unit = units.get(site.id(), code);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentId() == null ? null : units.byId(unit.parentId()).orElse(null));
        model.addAttribute("children", units.children(unit.id()));
        return "units/unit";
    }
}

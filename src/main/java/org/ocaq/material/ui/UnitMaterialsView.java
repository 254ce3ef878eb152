package org.ocaq.material.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.curriculum.UnitDetails;
import org.ocaq.material.MaterialService;
import org.ocaq.material.MaterialSummary;
import org.ocaq.shared.Role;
import org.ocaq.shared.SchoolNames;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A curriculum unit's materials: the network's and the reader's schools' worksheets, pictures and recordings, an
 * upload for the school chosen (or, for the network office, for every school), removal and sharing.
 */
@Route("curriculum/units/:unitId/materials")
@RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class UnitMaterialsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Who an upload is for: a school, or every school (schoolId null). */
    record Audience(Long schoolId, String label) {
    }

    private final transient MaterialService materials;
    private final transient CurriculumService curriculum;
    private final transient SchoolNames schoolNames;
    private transient UnitDetails unit;
    private MaterialList list;
    private MaterialUploadField upload;
    private long unitId;

    UnitMaterialsView(MaterialService materials, CurriculumService curriculum, SchoolNames schoolNames) {
        this.materials = materials;
        this.curriculum = curriculum;
        this.schoolNames = schoolNames;
        addClassName("ocaq-page");
        setId("unit-materials");
    }

    /** The address of a unit's materials, for links from the curriculum's pages. */
    static String path(long unitId) {
        return "curriculum/units/" + unitId + "/materials";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        unitId = event.getRouteParameters().getLong("unitId").orElse(-1L);
        try {
            unit = curriculum.unit(unitId);
        } catch (AccessDeniedException e) {
            unit = null;
            add(new H2(getTranslation("material.unit.not-found")));
            return;
        }
        var locale = getLocale();
        H2 title = new H2(getTranslation("material.unit.title", unit.unit().title().in(locale)));
        title.setId("unit-materials-title");
        Anchor back = new Anchor("curriculum", getTranslation("material.unit.back"));
        add(back, title, new Paragraph(getTranslation("material.unit.where", unit.course().title().in(locale),
                unit.unit().position())), new Paragraph(getTranslation("material.unit.intro")));

        boolean office = materials.mayShareWithNetwork();
        List<Audience> audiences = audiences(office);
        ComboBox<Audience> audience = new ComboBox<>(getTranslation("material.unit.for"));
        audience.setId("unit-materials-for");
        audience.setItems(audiences);
        audience.setItemLabelGenerator(Audience::label);
        if (!audiences.isEmpty()) {
            audience.setValue(audiences.getFirst());
        }
        audience.setVisible(audiences.size() > 1);
        list = new MaterialList("unit-materials-list", this::remove,
                office ? this::share : null);
        add(list);
        if (!audiences.isEmpty()) {
            upload = new MaterialUploadField("unit-materials-upload", (name, content) -> materials.attachToUnit(unitId,
                    audience.getValue() == null ? audiences.getFirst().schoolId() : audience.getValue().schoolId(),
                    name, content), this::refresh);
            Section adding = new Section(audience, upload);
            adding.addClassName("ocaq-form");
            add(adding);
        }
        if (!unit.plans().isEmpty()) {
            UnorderedList plans = new UnorderedList();
            unit.plans().forEach(plan -> plans.add(new ListItem(new Anchor("curriculum/plans/" + plan.id(),
                    plan.title().in(locale)))));
            add(new H3(getTranslation("material.unit.plans")), plans);
        }
        refresh();
    }

    private List<Audience> audiences(boolean office) {
        List<Audience> audiences = new ArrayList<>();
        if (office) {
            audiences.add(new Audience(null, getTranslation("material.unit.for-network")));
        }
        List<Long> schools = materials.unitUploadSchools();
        Map<Long, String> names = schools.isEmpty() ? Map.of() : schoolNames.schoolNames(schools);
        schools.forEach(id -> audiences.add(new Audience(id, names.getOrDefault(id, "#" + id))));
        return audiences;
    }

    private void refresh() {
        list.setItems(materials.unitMaterials(unitId));
    }

    private void remove(MaterialSummary material) {
        materials.remove(material.id());
        refresh();
        say(getTranslation("material.list.removed", material.fileName()));
    }

    private void share(MaterialSummary material) {
        materials.shareWithNetwork(material.id());
        refresh();
        say(getTranslation("material.list.shared", material.fileName()));
    }

    private void say(String text) {
        if (upload != null) {
            upload.say(text);
        }
    }

    @Override
    public String getPageTitle() {
        return unit == null ? getTranslation("material.unit.not-found")
                : getTranslation("material.unit.title", unit.unit().title().in(getLocale()));
    }
}

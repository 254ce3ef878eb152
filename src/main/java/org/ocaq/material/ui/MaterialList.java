package org.ocaq.material.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.ocaq.material.MaterialKind;
import org.ocaq.material.MaterialSummary;

import java.util.List;
import java.util.function.Consumer;

/**
 * A list of materials to open: images shown small (the server's thumbnail), audio played in the page, everything else
 * downloaded. Where the service says a material is removable, a remove button asks before it acts; the network
 * office also gets a button to share a school's unit material with every school.
 */
public class MaterialList extends Composite<UnorderedList> {

    private final Consumer<MaterialSummary> onRemove;
    private final Consumer<MaterialSummary> onShare;

    /** A list to read only. */
    public MaterialList(String id) {
        this(id, null, null);
    }

    /** A list with the actions given (null: none of that kind). */
    public MaterialList(String id, Consumer<MaterialSummary> onRemove, Consumer<MaterialSummary> onShare) {
        this.onRemove = onRemove;
        this.onShare = onShare;
        getContent().setId(id);
        getContent().addClassName("ocaq-materials");
    }

    public void setItems(List<MaterialSummary> materials) {
        UnorderedList list = getContent();
        list.removeAll();
        if (materials.isEmpty()) {
            list.add(new ListItem(getTranslation("material.list.none")));
        }
        materials.forEach(material -> list.add(item(material)));
    }

    private ListItem item(MaterialSummary material) {
        String id = "material-" + material.id();
        ListItem item = new ListItem();
        item.setId(id);
        Anchor open = new Anchor(material.address(), material.fileName());
        open.setId(id + "-open");
        // A file, not a view: the router must let the browser fetch it.
        open.getElement().setAttribute("router-ignore", true);
        if (!material.inline()) {
            open.getElement().setAttribute("download", material.fileName());
        }
        item.add(open, new Span(" · " + size(material.sizeBytes())));
        if (material.networkWide()) {
            Span network = new Span(getTranslation("material.list.network"));
            network.getElement().getThemeList().add("badge");
            network.getElement().getThemeList().add("contrast");
            item.add(new Span(" "), network);
        }
        if (material.kind() == MaterialKind.IMAGE) {
            Image thumbnail = new Image(material.thumbnailAddress(), material.fileName());
            thumbnail.setId(id + "-thumbnail");
            thumbnail.addClassName("ocaq-material-thumbnail");
            thumbnail.getElement().setAttribute("loading", "lazy");
            item.add(thumbnail);
        } else if (material.kind() == MaterialKind.AUDIO) {
            Element audio = new Element("audio");
            audio.setAttribute("controls", true);
            audio.setAttribute("preload", "none");
            audio.setAttribute("src", material.address());
            audio.setAttribute("aria-label", getTranslation("material.list.play", material.fileName()));
            item.getElement().appendChild(audio);
        }
        if (onShare != null && !material.networkWide() && material.unitId() != null) {
            Button share = new Button(getTranslation("material.list.share"), e -> onShare.accept(material));
            share.setId(id + "-share");
            share.setAriaLabel(getTranslation("material.list.share-label", material.fileName()));
            share.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            item.add(share);
        }
        if (onRemove != null && material.removable()) {
            Button remove = new Button(getTranslation("material.list.remove"), e -> confirmRemove(material));
            remove.setId(id + "-remove");
            remove.setAriaLabel(getTranslation("material.list.remove-label", material.fileName()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            item.add(remove);
        }
        return item;
    }

    private void confirmRemove(MaterialSummary material) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("material-remove-confirm");
        confirm.setHeader(getTranslation("material.list.remove-title"));
        confirm.setText(getTranslation("material.list.remove-text", material.fileName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("material.list.remove-cancel"));
        confirm.setConfirmText(getTranslation("material.list.remove-confirm"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(confirmed -> onRemove.accept(material));
        confirm.open();
    }

    private String size(long bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("material.list.size", bytes / (1024.0 * 1024.0))
                : getTranslation("material.list.size-small", Math.max(1, Math.round(bytes / 1024.0)));
    }
}

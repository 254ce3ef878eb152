package org.ocaq.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload field in the reader's language: the caller's own words for the button and the limits, ours for the rest. */
public final class Uploads {

    private Uploads() {
    }

    /** Translates the upload's texts: keys for the button and the drop hint, the two refusals already in words. */
    public static void localize(Upload upload, Component view, String addKey, String dropKey, String tooLarge,
                                String wrongType) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation(addKey))
                .setMany(view.getTranslation(addKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation(dropKey))
                .setMany(view.getTranslation(dropKey)));
        String failed = view.getTranslation("shared.upload.failed");
        i18n.setError(new UploadI18N.Error().setTooManyFiles(view.getTranslation("shared.upload.one-file"))
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(view.getTranslation("shared.upload.status.connecting"))
                        .setStalled(view.getTranslation("shared.upload.status.stalled"))
                        .setProcessing(view.getTranslation("shared.upload.status.processing"))
                        .setHeld(view.getTranslation("shared.upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(view.getTranslation("shared.upload.status.remaining"))
                        .setUnknown(view.getTranslation("shared.upload.status.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(failed)
                        .setUnexpectedServerError(failed)
                        .setForbidden(failed)
                        .setFileTooLarge(tooLarge)));
        upload.setI18n(i18n);
    }
}

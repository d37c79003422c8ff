package be.classeur.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Collection;

/** The one way the app sets up a file upload: translated texts, accepted extensions, a size limit said in words. */
public final class Uploads {
    private Uploads() {
    }

    /**
     * Limits the upload to the given extensions (without dot) and size, and tells the user in their language why a
     * file is refused; the server checks the same limits again.
     */
    public static Upload configure(Upload upload, Collection<String> extensions, long maxBytes, int maxFiles) {
        UI ui = UI.getCurrent();
        long megabytes = maxBytes / (1024 * 1024);
        upload.setAcceptedFileTypes(extensions.stream().sorted().map(e -> "." + e).toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setMaxFiles(maxFiles);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(ui.getTranslation("ui.upload.addOne"))
                .setMany(ui.getTranslation("ui.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(ui.getTranslation("ui.upload.dropOne"))
                .setMany(ui.getTranslation("ui.upload.dropMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(ui.getTranslation("ui.upload.error.tooMany"))
                .setFileIsTooBig(ui.getTranslation("ui.upload.error.tooBig", megabytes))
                .setIncorrectFileType(ui.getTranslation("ui.upload.error.type", String.join(", ", extensions.stream().sorted().toList()))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> Notifications.error("ui.upload.rejected", event.getFileName(), event.getErrorMessage()));
        return upload;
    }
}

#pragma once

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace suanli::huixingyun {
class HuixingyunProvider;
}

namespace suanli::gui {

// Picks the image to reinstall 慧星云 instances from: only images of the instances' zone and of
// their operating system (the platform cannot switch OS families), public and the account's
// own. Accepting asks once more, since the system disk is wiped.
class RebuildDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RebuildDialog)

public:
    RebuildDialog(huixingyun::HuixingyunProvider *provider, const QList<Resource> &resources, QWidget *parent = nullptr);
    ~RebuildDialog() override;

    bool isLoaded() const { return m_loaded; }
    QString imageId() const;
    bool selectImage(const QString &imageId);
    QTreeWidget *imageList() const { return m_list; }

    void accept() override;

Q_SIGNALS:
    void imagesLoaded();

private:
    huixingyun::HuixingyunProvider *m_provider;
    QList<Resource> m_resources;
    QList<huixingyun::Image> m_images;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_warning;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_loaded = false;
};

} // namespace suanli::gui

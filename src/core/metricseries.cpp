#include "metricseries.h"

namespace suanli {

QString MetricSeriesId::key() const
{
    return subject + u'/' + metric + u'/' + instance;
}

} // namespace suanli

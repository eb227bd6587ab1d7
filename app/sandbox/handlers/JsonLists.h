#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace xlink::sandbox {

// A bare JSON array of the objects in a container, in its order.
template<typename Container>
QJsonArray jsonArrayOf(const Container &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return array;
}

// The objects of a container as a list, e.g. for QueryBody::apply().
template<typename Container>
QList<QJsonObject> listOf(const Container &objects)
{
    QList<QJsonObject> list;
    list.reserve(objects.size());
    for (const QJsonObject &object : objects)
        list.append(object);
    return list;
}

} // namespace xlink::sandbox

package cn.gridservice.desk.workflow;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves the top-level identifier of an expression ({@code ${notifyTeamLeaderDelegate}}) to the
 * CDI bean of that {@code @Named} name. The engine ships its own copy of the EL API, so the
 * container's EL resolver cannot be plugged in directly.
 */
final class CdiBeanElResolver extends ELResolver {

  private final BeanManager beanManager;

  CdiBeanElResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(name);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    Object reference =
        beanManager.getReference(
            bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // beans are read-only from a model's point of view
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}

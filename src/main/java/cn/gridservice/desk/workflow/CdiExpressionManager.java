package cn.gridservice.desk.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** Expressions see process variables first, then CDI beans by name. */
final class CdiExpressionManager extends JuelExpressionManager {

  private final BeanManager beanManager;

  CdiExpressionManager(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(super.createElResolver());
    resolver.add(new CdiBeanElResolver(beanManager));
    return resolver;
  }
}

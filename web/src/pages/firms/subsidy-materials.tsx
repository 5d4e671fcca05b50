import { Checkbox, Form, Input, List, Typography } from 'antd';
import { listSubsidies, subsidyCommand, type Subsidy } from '../../api/firm-records';
import { useResource } from '../../api/use-resource';
import { CommandForm } from '../../components/command-form';
import { linesOf, useFormRules } from '../../components/form-rules';
import { Loadable } from '../../components/loadable';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';
import { useSignedIn } from '../../session/session-context';

function SubsidyMaterialsForm({ subsidy, onDone }: { subsidy: Subsidy; onDone(): void }) {
  const { t } = useLanguage();
  const { api } = useSignedIn();
  const rules = useFormRules();
  if (subsidy.outstandingMaterials.length > 0) {
    return (
      <CommandForm<{ items: string[] }> name={`supply-${subsidy.id}`} submitLabel={t('subsidyMaterials.supply')} submit={(values) => subsidyCommand(api, subsidy, 'materials', values)} onDone={onDone}>
        <Form.Item name="items" label={t('subsidyMaterials.supplied')} rules={rules.required()}>
          <Checkbox.Group options={subsidy.outstandingMaterials} />
        </Form.Item>
      </CommandForm>
    );
  }
  return (
    <CommandForm<{ missingItems: string }>
      name={`request-${subsidy.id}`}
      submitLabel={t('subsidyMaterials.request')}
      submit={(values) => subsidyCommand(api, subsidy, 'materials-request', { missingItems: linesOf(values.missingItems) })}
      onDone={onDone}
    >
      <Form.Item name="missingItems" label={t('taskCommand.items')} extra={t('taskCommand.itemsHint')} rules={rules.text(20_000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandForm>
  );
}

/**
 * The firm's undecided subsidy applications: its agent lists the missing materials once (一次性告知);
 * the agent or the firm's own user records what was supplied. Only the agent `mayRequest`.
 */
export function SubsidyMaterials({ enterpriseId, version, mayRequest, onDone }: { enterpriseId: string; version: number; mayRequest: boolean; onDone(): void }) {
  const { t } = useLanguage();
  const { yuan } = useFormat();
  const subsidies = useResource(`subsidies:${enterpriseId}:${version}`, async (api) =>
    (await listSubsidies(api, enterpriseId)).items.filter(
      (subsidy) => subsidy.status === 'applied' && (subsidy.outstandingMaterials.length > 0 || (mayRequest && subsidy.materialsRequests.length === 0)),
    ),
  );
  return (
    <Loadable resource={subsidies}>
      {(undecided) =>
        undecided.length === 0 && !mayRequest ? null : (
          <List
            size="small"
            locale={{ emptyText: t('common.none') }}
            dataSource={undecided}
            renderItem={(subsidy) => (
              <List.Item>
                <div className="full-width">
                  <Typography.Text strong>{t('openItems.subsidy', { amount: yuan(subsidy.requestedFen), status: subsidy.status })}</Typography.Text>
                  <SubsidyMaterialsForm subsidy={subsidy} onDone={onDone} />
                </div>
              </List.Item>
            )}
          />
        )
      }
    </Loadable>
  );
}
